// prepay-central: the reference central server the console syncs with. The sync issue builds
// it on QtHttpServer; until then it only says so.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate("main", "prepay-central is not built yet: the sync work "
                                                               "will add the central server.")
                        << Qt::endl;
    return 2;
}
