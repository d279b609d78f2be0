// prepay-metersim: virtual electricity, water and gas meters for the demo and the tests. The
// serial-meter work builds it; until then it only says so.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate("main", "prepay-metersim is not built yet: the serial "
                                                               "meter work will add the simulator.")
                        << Qt::endl;
    return 2;
}
