#pragma once

#include "models/accounts/AccountTypes.h"

#include <QWidget>

namespace mygas {

class CacheStore;

// One section of «Лицевой счет» (manual 4.3): built when first shown, filled
// from the cache for the current account.
class AccountSection : public QWidget
{
    Q_OBJECT
public:
    AccountSection(CacheStore* cache, QWidget* parent = nullptr) : QWidget(parent), m_cache(cache) {}

    virtual void load(const Account& account) = 0;

protected:
    CacheStore* cache() const { return m_cache; }

private:
    CacheStore* m_cache;
};

} // namespace mygas
