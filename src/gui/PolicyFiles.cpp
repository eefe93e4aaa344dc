#include "gui/PolicyFiles.h"

#include "core/browser/SimulationResult.h"
#include "core/export/HarExport.h"
#include "core/policy/PolicyFile.h"
#include "gui/PolicyController.h"

#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

PolicyFiles::PolicyFiles(QWidget *window, PolicyController *controller, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_statusBar(statusBar)
{ }

void PolicyFiles::openPolicy()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open policy"), QString(),
                                                      tr("Policy JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const PolicyFile::LoadResult loaded = PolicyFile::load(path);
    if (!loaded.ok()) {
        QMessageBox::warning(m_window, tr("Policy not loaded"), loaded.errors.join(u'\n'));
        return;
    }
    m_controller->propose(loaded.policy, tr("Open %1").arg(path));
}

void PolicyFiles::savePolicy()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save policy"), u"policy.json"_s,
                                                      tr("Policy JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PolicyFile::save(path, m_controller->policy(), &error))
        QMessageBox::warning(m_window, tr("Policy not saved"), error);
    else
        m_statusBar->showMessage(tr("Saved %1").arg(path), 4000);
}

void PolicyFiles::saveHar(const SimulationResult &result)
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save trace as HAR"),
                                                      u"trace.har"_s, tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(HarExport::toHar(result)).toJson()) < 0 || !file.commit())
        QMessageBox::warning(m_window, tr("Trace not saved"),
                             tr("%1: %2").arg(path, file.errorString()));
}
