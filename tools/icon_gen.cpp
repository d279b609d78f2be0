// Build-time tool: paints the PrepayDesk icon (the design of resources/icons/prepaydesk.svg) into
// PNG files, so that neither a PNG export nor the Qt SVG module is needed.
// Usage: icon_gen OUTPUT.png SIZE
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int size = QString::fromLocal8Bit(argv[2]).toInt();
    if (size < 16 || size > 1024)
        return 2;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x0f, 0x5c, 0x8c));
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(128, 124), 84, 84);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0xd6, 0xe6, 0xf2), 10));
    p.drawEllipse(QPointF(128, 124), 70, 70);
    p.setPen(QPen(QColor(0x0f, 0x5c, 0x8c), 10, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(128, 124), QPointF(176, 84));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x0f, 0x5c, 0x8c));
    p.drawEllipse(QPointF(128, 124), 12, 12);
    QPainterPath drop;
    drop.moveTo(86, 158);
    drop.quadTo(74, 142, 86, 128);
    drop.quadTo(98, 142, 86, 158);
    p.setBrush(QColor(0x2f, 0x9f, 0xd8));
    p.drawPath(drop);
    QPainterPath flame;
    flame.moveTo(128, 176);
    flame.quadTo(114, 162, 124, 146);
    flame.quadTo(128, 156, 134, 154);
    flame.quadTo(144, 164, 128, 176);
    p.setBrush(QColor(0xf0, 0x8c, 0x2a));
    p.drawPath(flame);
    const QPointF bolt[] = {{172, 128}, {160, 148}, {170, 148}, {164, 166}, {182, 142}, {172, 142}, {178, 128}};
    p.setBrush(QColor(0xf2, 0xc2, 0x30));
    p.drawPolygon(bolt, 7);
    p.setBrush(QColor(0x8f, 0xc4, 0xe8));
    p.drawRoundedRect(QRectF(70, 214, 116, 14), 7, 7);
    p.end();
    return image.save(QString::fromLocal8Bit(argv[1]), "PNG") ? 0 : 1;
}
