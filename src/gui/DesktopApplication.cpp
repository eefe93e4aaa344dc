#include "DesktopApplication.h"

#include "MainWindow.h"
#include "PlaygroundServer.h"
#include "RequestLog.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace DesktopApplication {

int run(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"cors-playground"_s);
    QApplication::setApplicationDisplayName(u"CORS Playground"_s);
    QApplication::setOrganizationName(u"CORS Playground"_s);
    QApplication::setApplicationVersion(QStringLiteral(CORS_PLAYGROUND_VERSION));

    RequestLog log;
    PlaygroundServer server(&log);
    // A fixed port is easier to type in a class; a free one keeps a second copy working.
    QString error;
    if (!server.start(QHostAddress::LocalHost, 8000, &error)
        && !server.start(QHostAddress::LocalHost, 0, &error))
        QMessageBox::warning(nullptr, QObject::tr("CORS Playground"),
                             QObject::tr("The CORS server could not start: %1").arg(error));

    MainWindow window(&server);
    window.show();
    return QApplication::exec();
}

} // namespace DesktopApplication
