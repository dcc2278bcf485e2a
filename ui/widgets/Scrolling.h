#pragma once

class QBoxLayout;
class QWidget;

namespace mygas {

// Puts a frameless scroll area filling `owner` and returns the layout of the
// page inside it: on a small screen or at a large scale the page scrolls
// instead of squeezing its fields and labels below what they need.
QBoxLayout* scrollingPage(QWidget* owner);

// A first size in text units (so it grows with the font and the scale),
// never more than 90 % of the screen's free area.
void resizeInTextUnits(QWidget* window, int chars, int lines);

} // namespace mygas
