#include "PlaceholderPage.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace prepaydesk {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &comingText, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("placeholderTitle"));
    titleLabel->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(titleLabel);

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("placeholderPanel"));
    panel->setStyleSheet(QStringLiteral("QFrame#placeholderPanel { background: #ffffff; border: 1px dashed #98a2b3; "
                                        "border-radius: 6px; }"));
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(20, 18, 20, 18);
    panelLayout->setSpacing(6);
    auto *soon = new QLabel(tr("Not built yet"), panel);
    soon->setProperty("textRole", QStringLiteral("hint"));
    QFont bold = soon->font();
    bold.setBold(true);
    soon->setFont(bold);
    auto *text = new QLabel(comingText, panel);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setProperty("textRole", QStringLiteral("subtitle"));
    text->setWordWrap(true);
    panelLayout->addWidget(soon);
    panelLayout->addWidget(text);
    panel->setMaximumWidth(760);
    layout->addWidget(panel);
    layout->addStretch(1);
}

} // namespace prepaydesk
