// The reference for bench/client_startup: the least a Qt Widgets program does
// to put a window on screen. Prints the same line as `mygas --exit-after-shown`
// once the window has been painted, then quits.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class Window : public QMainWindow
{
public:
    Window()
    {
        setWindowTitle(QStringLiteral("Мой газ"));
        setCentralWidget(new QLabel(QStringLiteral("Мой газ"), this));
        resize(1024, 700);
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QMainWindow::paintEvent(event);
        if (m_reported)
            return;
        m_reported = true;
        // Report after the paint has been flushed to the screen.
        QTimer::singleShot(0, this, [] {
            std::fputs("mygas: main window shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.show();
    return app.exec();
}
