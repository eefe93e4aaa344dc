#include "gui/MainWindow.h"

#include "core/browser/BrowserSimulator.h"
#include "core/classroom/DemoPageServer.h"
#include "core/classroom/ScenarioLibrary.h"
#include "core/export/HarExport.h"
#include "core/export/RequestSnippets.h"
#include "core/policy/PolicyFile.h"
#include "core/policy/PolicyJson.h"
#include "core/server/PlaygroundServer.h"
#include "gui/ExportDialog.h"
#include "gui/LanguageSwitcher.h"
#include "gui/PolicyController.h"
#include "gui/RequestLogView.h"
#include "gui/ServerPanel.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(PlaygroundServer *server, RequestLog *log, QSettings *settings,
                       DemoPageServer *demo, LanguageSwitcher *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_server(server)
    , m_settings(settings)
    , m_controller(new PolicyController(server, this))
    , m_simulator(new BrowserSimulator(this))
    , m_serverStatusLabel(new QLabel(this))
    , m_languages(languages)
    , m_demoSimulator(new BrowserSimulator(this))
{
    m_ui->setupUi(this);
    m_normalPointSize = font().pointSizeF();
    m_serverStatusLabel->setObjectName(u"serverStatusLabel"_s);
    m_serverStatusLabel->setAccessibleName(tr("Server status"));
    statusBar()->addPermanentWidget(m_serverStatusLabel);

    m_serverPanel = new ServerPanel(server, m_controller, this);
    m_serverPanel->setObjectName(u"serverPanel"_s);
    m_ui->serverScroll->setWidget(m_serverPanel);
    m_logView = new RequestLogView(log, this);
    m_logView->setObjectName(u"requestLogView"_s);
    m_ui->bottomTabs->insertTab(1, m_logView, tr("Request log"));
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->rightSplitter->setStretchFactor(1, 1);
    // Room for the result first; remembered sizes replace these in restoreSettings().
    m_ui->mainSplitter->setSizes({450, 830});
    m_ui->rightSplitter->setSizes({250, 500});

    QUndoStack *undoStack = m_controller->undoStack();
    connect(m_ui->undoAction, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(m_ui->redoAction, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, m_ui->undoAction, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, m_ui->redoAction, &QAction::setEnabled);
    m_ui->undoAction->setEnabled(false);
    m_ui->redoAction->setEnabled(false);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->openPolicyAction, &QAction::triggered, this, &MainWindow::openPolicy);
    connect(m_ui->savePolicyAction, &QAction::triggered, this, &MainWindow::savePolicy);
    connect(m_ui->toggleServerAction, &QAction::triggered, m_serverPanel,
            &ServerPanel::toggleServer);
    connect(m_ui->sendAction, &QAction::triggered, m_ui->composer, &RequestComposer::send);
    connect(m_ui->clearCacheAction, &QAction::triggered, this, [this] {
        m_simulator->preflightCache().clear();
        statusBar()->showMessage(tr("The simulated browser forgot its cached preflights."), 4000);
    });
    connect(m_ui->exportCodeAction, &QAction::triggered, this, [this] {
        ExportDialog dialog(m_controller->policy(), this);
        dialog.exec();
    });
    connect(m_ui->copyCurlAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(RequestSnippets::curl(m_ui->composer->request()));
        statusBar()->showMessage(tr("Copied the request as curl."), 3000);
    });
    connect(m_ui->copyFetchAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(
            RequestSnippets::fetchCall(m_ui->composer->request()));
        statusBar()->showMessage(tr("Copied the request as fetch()."), 3000);
    });
    connect(m_ui->saveHarAction, &QAction::triggered, this, &MainWindow::saveHar);
    m_ui->saveHarAction->setEnabled(false);
    connect(m_ui->showResultAction, &QAction::triggered, this, [this] { showTab(Tab::Result); });
    connect(m_ui->showLogAction, &QAction::triggered, this, [this] { showTab(Tab::RequestLog); });
    connect(m_ui->showInspectorAction, &QAction::triggered, this,
            [this] { showTab(Tab::OriginInspector); });

    connect(m_ui->composer, &RequestComposer::sendRequested, this, &MainWindow::sendRequest);
    // The demo page always runs what was composed last.
    connect(m_ui->composer, &RequestComposer::sendRequested, this,
            [this](const FetchRequest &request) {
                if (m_demo)
                    m_demo->setRequest(request);
            });
    connect(m_simulator, &BrowserSimulator::finished, this, [this](const SimulationResult &result) {
        m_lastResult = result;
        m_ui->saveHarAction->setEnabled(true);
        m_ui->resultView->showResult(result);
        Q_EMIT simulationFinished(result);
    });
    connect(server, &PlaygroundServer::listeningChanged, this, &MainWindow::updateServerStatus);
    connect(m_controller, &PolicyController::policyChanged, this, [this] {
        m_settings->setValue(u"policy/last"_s,
                             QString::fromUtf8(PolicyJson::serialize(m_controller->policy())));
    });
    connect(m_ui->predictModeAction, &QAction::toggled, m_ui->resultView,
            &ResultView::setPredictMode);
    connect(m_ui->revealAction, &QAction::triggered, m_ui->resultView, &ResultView::reveal);
    connect(m_ui->zoomInAction, &QAction::triggered, this, [this] { setZoom(m_zoomPercent + 20); });
    connect(m_ui->zoomOutAction, &QAction::triggered, this,
            [this] { setZoom(m_zoomPercent - 20); });
    connect(m_ui->zoomResetAction, &QAction::triggered, this, [this] { setZoom(100); });
    // Ctrl++ as well as Ctrl+=, whichever the keyboard makes easy.
    m_ui->zoomInAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(m_ui->highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);
    buildScenariosMenu();
    buildLanguageMenu();
    m_ui->openDemoAction->setEnabled(false);
    if (demo)
        setDemoPageServer(demo);
    restoreSettings();
    updateServerStatus();
}

void MainWindow::buildLanguageMenu()
{
    if (!m_languages)
        return;
    if (!m_languageMenu) {
        m_languageMenu = m_ui->viewMenu->addMenu(QString());
        m_languageMenu->setObjectName(u"languageMenu"_s);
    }
    m_languageMenu->setTitle(tr("&Language"));
    m_languageMenu->clear();
    auto *group = new QActionGroup(m_languageMenu);
    for (const auto &[code, name] : LanguageSwitcher::languages()) {
        QAction *action = m_languageMenu->addAction(code.isEmpty() ? tr("System language") : name);
        action->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == m_languages->current());
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = code] { m_languages->apply(code); });
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->bottomTabs->setTabText(m_ui->bottomTabs->indexOf(m_logView), tr("Request log"));
        updateServerStatus();
        m_ui->scenariosMenu->clear();
        buildScenariosMenu();
        // Deferred: the language menu's own actions are being triggered right now.
        QMetaObject::invokeMethod(this, &MainWindow::buildLanguageMenu, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::buildScenariosMenu()
{
    const ScenarioLibrary library = ScenarioLibrary::load();
    for (const Scenario &scenario : library.scenarios()) {
        QAction *action = m_ui->scenariosMenu->addAction(scenario.title());
        action->setObjectName(u"scenario_"_s + scenario.id);
        action->setToolTip(scenario.lesson());
        connect(action, &QAction::triggered, this, [this, scenario] { loadScenario(scenario); });
    }
}

void MainWindow::loadScenario(const Scenario &scenario)
{
    m_controller->propose(scenario.policy, tr("Load scenario %1").arg(scenario.title()));
    m_ui->composer->setRequest(scenario.requestFor(m_server->baseUrl()));
    m_ui->resultView->setLesson(scenario.title(), scenario.lesson());
    m_simulator->preflightCache().clear();
    showTab(Tab::Result);
    statusBar()->showMessage(tr("Scenario loaded: press Ctrl+Enter to send."), 5000);
}

void MainWindow::setZoom(int percent)
{
    m_zoomPercent = std::clamp(percent, 60, 300);
    QFont zoomed = font();
    zoomed.setPointSizeF(m_normalPointSize * m_zoomPercent / 100.0);
    setFont(zoomed);
    m_settings->setValue(u"view/zoom"_s, m_zoomPercent);
}

void MainWindow::setPredictMode(bool enabled)
{
    // The action's toggled signal passes it on to the result view.
    m_ui->predictModeAction->setChecked(enabled);
}

bool MainWindow::isPredictMode() const
{
    return m_ui->predictModeAction->isChecked();
}

void MainWindow::setHighContrast(bool enabled)
{
    QPalette palette = QApplication::palette();
    if (enabled) {
        for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                               QPalette::AlternateBase, QPalette::ToolTipBase})
            palette.setColor(role, Qt::black);
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
            palette.setColor(role, Qt::white);
        palette.setColor(QPalette::Highlight, Qt::yellow);
        palette.setColor(QPalette::HighlightedText, Qt::black);
        palette.setColor(QPalette::Link, Qt::cyan);
        palette.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    }
    setPalette(palette);
    m_ui->highContrastAction->setChecked(enabled);
    m_settings->setValue(u"view/highContrast"_s, enabled);
}

void MainWindow::setDemoPageServer(DemoPageServer *demo)
{
    m_demo = demo;
    m_ui->openDemoAction->setEnabled(true);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openDemoPage);
    connect(m_demo, &DemoPageServer::outcomeReported, this, &MainWindow::compareWithRealBrowser);
    connect(
        m_demoSimulator, &BrowserSimulator::finished, this, [this](const SimulationResult &result) {
            showTab(Tab::Result);
            m_ui->resultView->showResult(result);
            const bool allowed = m_realOutcome.value(u"ok"_s).toBool();
            const QString details = allowed
                ? tr("Status %1.").arg(m_realOutcome.value(u"status"_s).toInt())
                : m_realOutcome.value(u"error"_s).toString();
            m_ui->resultView->showRealBrowserOutcome(allowed, details, allowed == result.allowed);
        });
}

void MainWindow::openDemoPage()
{
    // The composed request, sent from the demo page's own origin, so browser and simulator
    // judge the same thing.
    FetchRequest request = m_ui->composer->request();
    request.pageOrigin = m_demo->origin();
    m_ui->composer->setRequest(request);
    m_demo->setRequest(request);
    if (!QDesktopServices::openUrl(m_demo->pageUrl()))
        statusBar()->showMessage(tr("Open %1 in a browser.").arg(m_demo->pageUrl().toString()));
}

void MainWindow::compareWithRealBrowser(const QJsonObject &outcome)
{
    m_realOutcome = outcome;
    FetchRequest request = m_demo->request();
    request.pageOrigin = m_demo->origin();
    m_demoSimulator->preflightCache().clear();
    m_demoSimulator->simulate(request);
}

MainWindow::~MainWindow() = default;

RequestComposer *MainWindow::composer() const
{
    return m_ui->composer;
}

void MainWindow::showTab(Tab tab)
{
    QWidget *page = m_ui->resultView;
    if (tab == Tab::RequestLog)
        page = m_logView;
    else if (tab == Tab::OriginInspector)
        page = m_ui->originInspector;
    m_ui->bottomTabs->setCurrentWidget(page);
    m_ui->resultView->showSequenceDiagram(tab == Tab::SequenceDiagram);
}

void MainWindow::sendRequest(const FetchRequest &request)
{
    showTab(Tab::Result);
    m_ui->resultView->showRunning();
    m_simulator->simulate(request);
}

void MainWindow::updateServerStatus()
{
    const QString text = m_server->isListening()
        ? tr("CORS server listening on %1").arg(m_server->baseUrl().toString())
        : tr("CORS server stopped");
    m_serverStatusLabel->setText(text);
    m_ui->composer->setServerUrl(m_server->baseUrl());
}

void MainWindow::openPolicy()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open policy"), QString(),
                                                      tr("Policy JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const PolicyFile::LoadResult loaded = PolicyFile::load(path);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Policy not loaded"), loaded.errors.join(u'\n'));
        return;
    }
    m_controller->propose(loaded.policy, tr("Open %1").arg(path));
}

void MainWindow::savePolicy()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save policy"), u"policy.json"_s,
                                                      tr("Policy JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PolicyFile::save(path, m_controller->policy(), &error))
        QMessageBox::warning(this, tr("Policy not saved"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

void MainWindow::saveHar()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save trace as HAR"), u"trace.har"_s,
                                                      tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(HarExport::toHar(m_lastResult)).toJson()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Trace not saved"),
                             tr("%1: %2").arg(path, file.errorString()));
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings->value(u"window/mainSplitter"_s).toByteArray());
    m_ui->rightSplitter->restoreState(m_settings->value(u"window/rightSplitter"_s).toByteArray());
    m_ui->composer->setRecentOrigins(m_settings->value(u"composer/recentOrigins"_s).toStringList());
    setZoom(m_settings->value(u"view/zoom"_s, 100).toInt());
    setHighContrast(m_settings->value(u"view/highContrast"_s, false).toBool());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_settings->setValue(u"window/mainSplitter"_s, m_ui->mainSplitter->saveState());
    m_settings->setValue(u"window/rightSplitter"_s, m_ui->rightSplitter->saveState());
    m_settings->setValue(u"composer/recentOrigins"_s, m_ui->composer->recentOrigins());
    QMainWindow::closeEvent(event);
}
