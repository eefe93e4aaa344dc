#include "gui/MainWindow.h"

#include "core/browser/BrowserSimulator.h"
#include "core/classroom/DemoPageServer.h"
#include "core/classroom/ScenarioLibrary.h"
#include "core/export/RequestSnippets.h"
#include "core/policy/PolicyJson.h"
#include "core/server/PlaygroundServer.h"
#include "gui/DiagnoseDialog.h"
#include "gui/ExportDialog.h"
#include "gui/FrameworkComparisonView.h"
#include "gui/HelpMenu.h"
#include "gui/LanguageSwitcher.h"
#include "gui/OriginInspector.h"
#include "gui/PolicyController.h"
#include "gui/PolicyFiles.h"
#include "gui/RealBrowserComparison.h"
#include "gui/RequestLogView.h"
#include "gui/ServerPanel.h"
#include "gui/TooltipWrapper.h"
#include "gui/WindowAppearance.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

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
{
    m_ui->setupUi(this);
    m_appearance = new WindowAppearance(this);
    m_help = new HelpMenu(this);
    // Long explanations wrap, in this window and its dialogs.
    qApp->installEventFilter(new TooltipWrapper(this));
    m_serverStatusLabel->setObjectName(u"serverStatusLabel"_s);
    m_serverStatusLabel->setAccessibleName(tr("Server status"));
    statusBar()->addPermanentWidget(m_serverStatusLabel);

    m_serverPanel = new ServerPanel(server, m_controller, this);
    m_serverPanel->setObjectName(u"serverPanel"_s);
    m_ui->policyPaneLayout->addWidget(m_serverPanel);
    // The log and the inspector are built the first time they are shown: start-up pays only
    // for what is on screen.
    m_logPage = new QWidget(this);
    m_logPage->setObjectName(u"requestLogPage"_s);
    auto *logLayout = new QVBoxLayout(m_logPage);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->bottomTabs->insertTab(1, m_logPage, tr("Request log"));
    connect(m_ui->bottomTabs, &QTabWidget::currentChanged, this, [this, log] {
        QWidget *page = m_ui->bottomTabs->currentWidget();
        if (page == m_logPage && !m_logView) {
            m_logView = new RequestLogView(log, m_logPage);
            m_logView->setObjectName(u"requestLogView"_s);
            m_logView->setDecisionsHidden(m_answerHidden);
            m_logPage->layout()->addWidget(m_logView);
        } else if (page == m_ui->frameworkComparisonPage && !m_frameworkComparison) {
            createFrameworkComparison();
        } else if (page == m_ui->originInspectorPage && !m_originInspector) {
            m_originInspector = new OriginInspector(m_ui->originInspectorPage);
            m_originInspector->setObjectName(u"originInspector"_s);
            m_ui->originInspectorPage->layout()->addWidget(m_originInspector);
        }
    });
    // Extra width goes mostly to the results, but the policy pane widens too.
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->rightSplitter->setStretchFactor(0, 0);
    m_ui->rightSplitter->setStretchFactor(1, 1);
    // Both panes can be dragged shut; the menu brings them back.
    m_ui->mainSplitter->setChildrenCollapsible(true);
    m_ui->mainSplitter->setCollapsible(1, false);
    m_ui->rightSplitter->setChildrenCollapsible(true);
    m_ui->rightSplitter->setCollapsible(1, false);

    connectActions();
    buildZoomMenu();
    buildScenariosMenu();
    buildLanguageMenu();
    m_ui->openDemoAction->setEnabled(false);
    if (demo)
        setDemoPageServer(demo);
    restoreSettings();
    updateServerStatus();
}

void MainWindow::connectActions()
{
    QUndoStack *undoStack = m_controller->undoStack();
    connect(m_ui->undoAction, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(m_ui->redoAction, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, m_ui->undoAction, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, m_ui->redoAction, &QAction::setEnabled);
    m_ui->undoAction->setEnabled(false);
    m_ui->redoAction->setEnabled(false);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    auto *files = new PolicyFiles(this, m_controller, statusBar());
    connect(m_ui->openPolicyAction, &QAction::triggered, files, &PolicyFiles::openPolicy);
    connect(m_ui->savePolicyAction, &QAction::triggered, files, &PolicyFiles::savePolicy);
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
    connect(m_ui->copyPageCodeAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(RequestSnippets::pageCode(m_ui->composer->request()));
        statusBar()->showMessage(tr("Copied the page's code for the request."), 3000);
    });
    connect(m_ui->copyAxiosAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(
            RequestSnippets::axiosCall(m_ui->composer->request()));
        statusBar()->showMessage(tr("Copied the request as an axios call."), 3000);
    });
    // axios is XMLHttpRequest in a browser: offered when that is what sends the request.
    const auto offerAxios = [this] {
        m_ui->copyAxiosAction->setEnabled(m_ui->composer->request().initiator
                                          == FetchRequest::Initiator::XmlHttpRequest);
    };
    connect(m_ui->composer, &RequestComposer::requestChanged, this, offerAxios);
    offerAxios();
    connect(m_ui->diagnoseAction, &QAction::triggered, this, &MainWindow::openDiagnose);
    connect(m_ui->saveHarAction, &QAction::triggered, files,
            [this, files] { files->saveHar(m_lastResult); });
    m_ui->saveHarAction->setEnabled(false);
    connect(m_ui->showResultAction, &QAction::triggered, this, [this] { showTab(Tab::Result); });
    connect(m_ui->showLogAction, &QAction::triggered, this, [this] { showTab(Tab::RequestLog); });
    connect(m_ui->showInspectorAction, &QAction::triggered, this,
            [this] { showTab(Tab::OriginInspector); });
    connect(m_ui->togglePolicyPaneAction, &QAction::toggled, this,
            &MainWindow::setPolicyPaneVisible);
    connect(m_ui->toggleComposerAction, &QAction::toggled, this, &MainWindow::setComposerVisible);
    connect(m_ui->gettingStartedAction, &QAction::triggered, this, &MainWindow::showGettingStarted);
    connect(m_ui->shortcutsAction, &QAction::triggered, m_help, &HelpMenu::showShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, m_help, &HelpMenu::showAbout);

    connect(m_ui->composer, &RequestComposer::sendRequested, this, &MainWindow::sendRequest);
    // The demo page always runs what was composed last.
    connect(m_ui->composer, &RequestComposer::sendRequested, this,
            [this](const FetchRequest &request) {
                if (m_demo)
                    m_demo->setRequest(request);
            });
    connect(m_ui->composer, &RequestComposer::requestChanged, this, &MainWindow::updateLessonState);
    connect(m_simulator, &BrowserSimulator::finished, this, [this](const SimulationResult &result) {
        m_lastResult = result;
        m_ui->saveHarAction->setEnabled(true);
        m_ui->resultView->showResult(result);
        Q_EMIT simulationFinished(result);
    });
    connect(m_server, &PlaygroundServer::listeningChanged, this, &MainWindow::updateServerStatus);
    connect(m_controller, &PolicyController::policyChanged, this, [this] {
        m_settings->setValue(u"policy/last"_s,
                             QString::fromUtf8(PolicyJson::serialize(m_controller->policy())));
    });
    connect(m_controller, &PolicyController::draftStateChanged, this,
            &MainWindow::updateLessonState);
    connect(m_ui->resultView, &ResultView::resetScenarioRequested, this, [this] {
        if (m_scenario)
            loadScenario(*m_scenario);
    });
    connect(m_ui->predictModeAction, &QAction::toggled, m_ui->resultView,
            &ResultView::setPredictMode);
    connect(m_ui->resultView, &ResultView::answerHiddenChanged, this, [this](bool hidden) {
        m_answerHidden = hidden;
        if (m_logView)
            m_logView->setDecisionsHidden(hidden);
        if (m_frameworkComparison)
            m_frameworkComparison->setVerdictsHidden(hidden);
    });
    connect(m_ui->revealAction, &QAction::triggered, m_ui->resultView, &ResultView::reveal);
    connect(m_ui->zoomInAction, &QAction::triggered, this,
            [this] { setZoom(WindowAppearance::steppedZoom(zoom(), 1)); });
    connect(m_ui->zoomOutAction, &QAction::triggered, this,
            [this] { setZoom(WindowAppearance::steppedZoom(zoom(), -1)); });
    connect(m_ui->zoomResetAction, &QAction::triggered, this, [this] { setZoom(100); });
    // Ctrl++ as well as Ctrl+=, whichever the keyboard makes easy.
    m_ui->zoomInAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(m_ui->highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);
}

void MainWindow::buildZoomMenu()
{
    auto *group = new QActionGroup(m_ui->zoomMenu);
    for (const int percent : WindowAppearance::zoomPresets()) {
        QAction *action = m_ui->zoomMenu->addAction(tr("%1%").arg(percent));
        m_zoomPresetActions.append({action, percent});
        action->setObjectName(u"zoom%1Action"_s.arg(percent));
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, percent] { setZoom(percent); });
        connect(m_appearance, &WindowAppearance::zoomChanged, action,
                [action, percent](int zoom) { action->setChecked(zoom == percent); });
    }
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
    m_languages->fillMenu(m_languageMenu);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_serverStatusLabel->setAccessibleName(tr("Server status"));
        m_ui->bottomTabs->setTabText(m_ui->bottomTabs->indexOf(m_logPage), tr("Request log"));
        updateServerStatus();
        m_ui->scenariosMenu->clear();
        buildScenariosMenu();
        for (const auto &[action, percent] : m_zoomPresetActions)
            action->setText(tr("%1%").arg(percent));
        if (m_scenario)
            m_ui->resultView->setLesson(m_scenario->title(), m_scenario->lesson());
        // Deferred: the language menu's own actions are being triggered right now.
        QMetaObject::invokeMethod(this, &MainWindow::buildLanguageMenu, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::buildScenariosMenu()
{
    // Read once: the language changes rebuild the menu, the files do not change.
    if (m_scenarios.scenarios().isEmpty())
        m_scenarios = ScenarioLibrary::load();
    for (const Scenario &scenario : m_scenarios.scenarios()) {
        QAction *action = m_ui->scenariosMenu->addAction(scenario.title());
        action->setObjectName(u"scenario_"_s + scenario.id);
        action->setToolTip(scenario.lesson());
        connect(action, &QAction::triggered, this, [this, scenario] { loadScenario(scenario); });
    }
}

void MainWindow::loadScenario(const Scenario &scenario)
{
    m_scenario.reset();
    m_controller->propose(scenario.policy, tr("Load scenario %1").arg(scenario.title()));
    m_ui->composer->setRequest(scenario.requestFor(m_server->baseUrl()));
    m_simulator->preflightCache().clear();
    m_ui->resultView->clear();
    m_ui->resultView->setLesson(scenario.title(), scenario.lesson());
    m_scenario = scenario;
    updateLessonState();
    showTab(Tab::Result);
    statusBar()->showMessage(tr("Scenario loaded: press Ctrl+Enter to send."), 5000);
}

void MainWindow::updateLessonState()
{
    if (!m_scenario)
        return;
    const bool modified = m_controller->draft() != m_scenario->policy
        || m_ui->composer->request() != m_scenario->requestFor(m_server->baseUrl());
    m_ui->resultView->setLessonModified(modified);
}

void MainWindow::showGettingStarted()
{
    if (!m_scenarios.scenarios().isEmpty())
        loadScenario(m_scenarios.scenarios().constFirst());
    m_help->showGettingStarted();
}

void MainWindow::setZoom(int percent)
{
    m_appearance->setZoom(percent);
    // Written only when it changes: a write schedules a sync, which start-up need not pay for.
    if (m_settings->value(u"view/zoom"_s, 100).toInt() != m_appearance->zoom())
        m_settings->setValue(u"view/zoom"_s, m_appearance->zoom());
    if (isVisible())
        adaptSplitters();
}

int MainWindow::zoom() const
{
    return m_appearance->zoom();
}

void MainWindow::setPolicyPaneVisible(bool visible)
{
    m_ui->policyPane->setVisible(visible);
    m_ui->togglePolicyPaneAction->setChecked(visible);
}

void MainWindow::setComposerVisible(bool visible)
{
    m_ui->composerScroll->setVisible(visible);
    m_ui->toggleComposerAction->setChecked(visible);
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
    m_appearance->setHighContrast(enabled);
    m_ui->highContrastAction->setChecked(enabled);
    if (m_settings->value(u"view/highContrast"_s, false).toBool() != enabled)
        m_settings->setValue(u"view/highContrast"_s, enabled);
}

void MainWindow::setDemoPageServer(DemoPageServer *demo)
{
    m_demo = demo;
    auto *comparison = new RealBrowserComparison(demo, this);
    m_ui->openDemoAction->setEnabled(true);
    connect(m_ui->openDemoAction, &QAction::triggered, this, [this, comparison] {
        FetchRequest request = m_ui->composer->request();
        const bool opened = comparison->open(&request);
        m_ui->composer->setRequest(request);
        if (!opened)
            statusBar()->showMessage(tr("Open %1 in a browser.").arg(m_demo->pageUrl().toString()));
    });
    connect(comparison, &RealBrowserComparison::compared, this,
            [this](const SimulationResult &result, bool allowed, const QString &details) {
                showTab(Tab::Result);
                m_ui->resultView->showResult(result);
                m_ui->resultView->showRealBrowserOutcome(allowed, details,
                                                         allowed == result.allowed);
            });
}

MainWindow::~MainWindow()
{
    // Closing moves the focus out of a policy field, which commits it; by then this window is
    // half destroyed, so nothing may call back into it.
    m_controller->disconnect(this);
    m_ui->composer->disconnect(this);
    m_ui->resultView->disconnect(this);
}

void MainWindow::createFrameworkComparison()
{
    m_frameworkComparison = new FrameworkComparisonView(m_ui->frameworkComparisonPage);
    m_frameworkComparison->setObjectName(u"frameworkComparison"_s);
    m_ui->frameworkComparisonPage->layout()->addWidget(m_frameworkComparison);
    m_frameworkComparison->setVerdictsHidden(m_answerHidden);
    connect(m_frameworkComparison, &FrameworkComparisonView::compareRequested, this,
            &MainWindow::compareFrameworks);
    connect(m_frameworkComparison, &FrameworkComparisonView::compared, this,
            &MainWindow::frameworksCompared);
}

void MainWindow::openDiagnose()
{
    if (!m_diagnose) {
        m_diagnose = new DiagnoseDialog(this);
        m_diagnose->setObjectName(u"diagnoseDialog"_s);
        connect(m_diagnose, &DiagnoseDialog::reproduceRequested, this, &MainWindow::reproduce);
        // The fix starts in the playground's own framework.
        const CorsPolicy &policy = m_controller->policy();
        m_diagnose->setFixFormat(policy.mode == CorsPolicy::Mode::Middleware
                                     ? PolicyExport::formatFor(policy.framework)
                                     : PolicyExport::Format::FastApi);
    }
    m_diagnose->show();
    m_diagnose->raise();
    m_diagnose->activateWindow();
}

void MainWindow::reproduce(const Reproduction &reproduction)
{
    m_scenario.reset();
    m_ui->resultView->clear();
    m_controller->propose(reproduction.policy, tr("Reproduce a console error"));
    FetchRequest request = reproduction.request;
    request.url = m_server->baseUrl().resolved(QUrl(reproduction.path));
    m_ui->composer->setRequest(request);
    m_simulator->preflightCache().clear();
    sendRequest(m_ui->composer->request());
    statusBar()->showMessage(
        tr("Reproduced the pasted error: change the policy or the request until it passes."), 8000);
}

void MainWindow::compareFrameworks()
{
    showTab(Tab::FrameworkComparison);
    m_serverPanel->commitEdits();
    m_frameworkComparison->compare(m_controller->policy(), m_ui->composer->request());
}

RequestComposer *MainWindow::composer() const
{
    return m_ui->composer;
}

void MainWindow::showTab(Tab tab)
{
    QWidget *page = m_ui->resultView;
    if (tab == Tab::RequestLog)
        page = m_logPage;
    else if (tab == Tab::OriginInspector)
        page = m_ui->originInspectorPage;
    else if (tab == Tab::FrameworkComparison)
        page = m_ui->frameworkComparisonPage;
    m_ui->bottomTabs->setCurrentWidget(page);
    m_ui->resultView->showSequenceDiagram(tab == Tab::SequenceDiagram);
}

void MainWindow::sendRequest(const FetchRequest &request)
{
    // Send commits the policy form first, so what was just typed is what the server runs.
    m_serverPanel->commitEdits();
    const QStringList pending = m_serverPanel->pendingFieldLabels();
    m_ui->resultView->setPolicyMismatch(
        pending.isEmpty()
            ? QString()
            : tr("\u26a0 The server ran its last applied policy, not what the form shows: %1 "
                 "not applied.")
                  .arg(pending.join(tr(", "))));
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

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    m_splittersRestored = m_ui->mainSplitter->restoreState(
                              m_settings->value(u"window/mainSplitter"_s).toByteArray())
        && m_ui->rightSplitter->restoreState(
            m_settings->value(u"window/rightSplitter"_s).toByteArray());
    m_ui->composer->setRecentOrigins(m_settings->value(u"composer/recentOrigins"_s).toStringList());
    setZoom(m_settings->value(u"view/zoom"_s, 100).toInt());
    setHighContrast(m_settings->value(u"view/highContrast"_s, false).toBool());
    setPolicyPaneVisible(m_settings->value(u"view/policyPane"_s, true).toBool());
    setComposerVisible(m_settings->value(u"view/composer"_s, true).toBool());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Queued: the window's layout gives the splitters their size after this event.
    if (!m_splittersRestored && !m_splittersAdapted)
        QMetaObject::invokeMethod(this, &MainWindow::adaptSplitters, Qt::QueuedConnection);
}

void MainWindow::adaptSplitters()
{
    // First start: shares of the window, whatever its size; the results get the largest.
    m_splittersAdapted = true;
    const int width = m_ui->mainSplitter->width();
    // Larger text needs a wider pane, but the results keep the largest share.
    const int policy = std::clamp(width * 27 / 100 * zoom() / 100, 280, width * 34 / 100);
    m_ui->mainSplitter->setSizes({policy, width - policy});
    const int height = m_ui->rightSplitter->height();
    const int composer = std::min(m_ui->composer->sizeHint().height(), height * 38 / 100);
    m_ui->rightSplitter->setSizes({composer, height - composer});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_settings->setValue(u"window/mainSplitter"_s, m_ui->mainSplitter->saveState());
    m_settings->setValue(u"window/rightSplitter"_s, m_ui->rightSplitter->saveState());
    m_settings->setValue(u"composer/recentOrigins"_s, m_ui->composer->recentOrigins());
    m_settings->setValue(u"view/policyPane"_s, m_ui->togglePolicyPaneAction->isChecked());
    m_settings->setValue(u"view/composer"_s, m_ui->toggleComposerAction->isChecked());
    QMainWindow::closeEvent(event);
}
