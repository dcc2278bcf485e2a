#include "ui/widgets/Scrolling.h"

#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace mygas {

namespace {

// Asks for the whole page as its size (a window opens showing all of it
// where the screen allows: QWidget::adjustSize caps it to the screen), while
// its minimum stays small: below that it scrolls.
class PageArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const QSize page = widget()->sizeHint();
        const int bar = verticalScrollBar()->sizeHint().width();
        return QSize(page.width() + bar + 2 * frameWidth(), page.height() + 2 * frameWidth());
    }
};

} // namespace

QBoxLayout* scrollingPage(QWidget* owner)
{
    auto* outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* area = new PageArea(owner);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setFocusPolicy(Qt::NoFocus);
    auto* page = new QWidget(area);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    area->setWidget(page);
    outer->addWidget(area);
    return layout;
}

void resizeInTextUnits(QWidget* window, int chars, int lines)
{
    QSize size(window->fontMetrics().averageCharWidth() * chars, window->fontMetrics().height() * lines);
    // All of a 1024-pixel-wide screen's width where the text asks for it (the
    // account's tabs), a margin below for the taskbar's neighbourhood.
    if (const QScreen* screen = window->screen()) {
        const QSize available = screen->availableGeometry().size();
        size = size.boundedTo(QSize(available.width() * 98 / 100, available.height() * 9 / 10));
    }
    window->resize(size);
}

} // namespace mygas
