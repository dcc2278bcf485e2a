#pragma once

#include "ApiTypes.h"

#include <QList>

namespace mygas::server::demo {

// Fictional regional gas companies, their offices and the FAQ, seeded with --demo.
QList<Company> companies();
QList<Office> offices();
QList<FaqTopic> faq();

} // namespace mygas::server::demo
