#pragma once

#include <QStyle>
#include <QWidget>

namespace prepaydesk {

// Lets the style sheet see a property that changed (it matches on properties only when the
// widget is polished).
inline void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

// Gives a label its look by role ("banner" for errors, "notice", "attention", ...; the style
// sheet matches on the textRole property). A changed property shows only after the widget is
// polished again.
inline void setTextRole(QWidget *widget, const QString &role)
{
    widget->setProperty("textRole", role);
    repolish(widget);
}

} // namespace prepaydesk
