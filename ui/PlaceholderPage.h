#pragma once

#include <QWidget>

namespace prepaydesk {

// Stands in for a page that a later piece of work builds: its title and one sentence on what
// is coming, so that the navigation is complete and nobody wonders whether a click failed.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &comingText, QWidget *parent = nullptr);
};

} // namespace prepaydesk
