#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontInfo>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace prepaydesk {

namespace {

// Labels opt in with setProperty("textRole", ...) or a dynamic property in the .ui form.
const char *const styleSheet = R"(
QLabel[textRole="title"] { font-size: 17pt; font-weight: 600; color: #14213d; }
QLabel[textRole="subtitle"] { font-size: 11pt; color: #475467; }
QLabel[textRole="hint"] { color: #667085; }
QLabel[textRole="error"] { color: #b42318; }
QLabel[textRole="fieldError"] { color: #b42318; font-size: 9pt; }
QLabel[textRole="notice"] { background: #ecfdf3; color: #05603a; border: 1px solid #a6f4c5;
                            border-radius: 4px; padding: 6px 8px; }
QLabel[textRole="banner"] { background: #fef3f2; color: #b42318; border: 1px solid #fecdca;
                            border-radius: 4px; padding: 6px 8px; }
QLabel[textRole="infoBanner"] { background: #eff8ff; color: #175cd3; border: 1px solid #b2ddff;
                                border-radius: 4px; padding: 6px 8px; }
QLabel[textRole="fieldLabel"] { color: #667085; }
QLabel[textRole="value"] { color: #101828; }
QLabel[textRole="attention"] { color: #b54708; font-weight: 600; }
QLabel[textRole="status"] { color: #344054; padding: 0 8px; }

QListWidget#navigation { background: #14213d; color: #e4e7ec; border: none; font-size: 11pt;
                         outline: 0; padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 16px; border-left: 4px solid transparent; }
QListWidget#navigation::item:hover { background: #1f2f57; }
QListWidget#navigation::item:selected { background: #24386b; color: #ffffff; border-left: 4px solid #f5b700; }

QLineEdit#searchEdit { font-size: 12pt; padding: 6px 8px; }
QTableView::item { padding: 0 6px; }
QTableView { gridline-color: #eaecf0; selection-background-color: #d1e9ff; selection-color: #101828;
             alternate-background-color: #f9fafb; }
QHeaderView::section { background: #f2f4f7; color: #344054; padding: 4px 6px; border: none;
                       border-right: 1px solid #eaecf0; border-bottom: 1px solid #d0d5dd; }
QTabWidget::pane { border: 1px solid #d0d5dd; top: -1px; }
QStatusBar { background: #f2f4f7; border-top: 1px solid #d0d5dd; }
QStatusBar::item { border: none; }
)";

} // namespace

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf9, 0xfa, 0xfb));
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x5b, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Button, QColor(0xf2, 0xf4, 0xf7));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    app.setPalette(p);

    // Counter screens are read at arm's length: a size up from the desktop default. The CJK
    // family is named as a fallback so that Chinese never renders as boxes when fontconfig
    // has no better match (e.g. under the offscreen platform).
    QFont font = app.font();
    // The resolved family, not an alias such as "Sans Serif": a family list matches names only,
    // and an unmatched alias would hand Latin text to the CJK font.
    font.setFamilies(
        {QFontInfo(font).family(), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSize(10);
    app.setFont(font);

    app.setStyleSheet(QString::fromLatin1(styleSheet));
}

} // namespace prepaydesk
