#pragma once

// How `mygas` runs the bank's page: the helper program `mygas-bankpage`
// (Qt WebEngine initialised in a process of its own, so that Chromium never
// loads into the app and a crash of the page cannot take the app down; the
// card is typed into a process that holds none of the app's data).
//
//   mygas-bankpage --page URL --return URL --caption TEXT [--trust BASE64-DER]…
//                  [--lang ru|en] [--parent-window ID] [--accessible]
//
// The helper shows the page and ends with one of the exit codes below. Its
// standard input stays open while the app lives: when it closes, the app is
// gone and the helper quits too.
namespace mygas::bankpage {

inline constexpr char Program[] = "mygas-bankpage";

inline constexpr char PageOption[] = "page";
inline constexpr char ReturnOption[] = "return";
// Not "title": QGuiApplication takes --title for itself on X11.
inline constexpr char TitleOption[] = "caption";
// A CA trusted for this page only (the demo's, or one given by --ca-file).
inline constexpr char TrustOption[] = "trust";
inline constexpr char LanguageOption[] = "lang";
// The native window the page stays above (QWidget::winId of the app's dialog).
inline constexpr char ParentWindowOption[] = "parent-window";
// An assistive technology is active in the app: expose the page's fields to it.
inline constexpr char AccessibleOption[] = "accessible";

enum ExitCode
{
    Returned = 0,     // the bank sent the browser to the return address
    Closed = 1,       // the person closed the window (or Esc)
    BadArguments = 2, // a programming error: the app and helper disagree
};

} // namespace mygas::bankpage
