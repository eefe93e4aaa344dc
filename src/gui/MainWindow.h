#pragma once

#include "core/browser/FetchRequest.h"
#include "core/browser/SimulationResult.h"
#include "core/classroom/Scenario.h"
#include "core/classroom/ScenarioLibrary.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class BrowserSimulator;
class DemoPageServer;
class DiagnoseDialog;
struct Reproduction;
class HelpMenu;
class LanguageSwitcher;
class FrameworkComparisonView;
class OriginInspector;
class PlaygroundServer;
class PolicyController;
class QAction;
class QLabel;
class QMenu;
class QSettings;
class RequestComposer;
class RequestLog;
class RequestLogView;
class ServerPanel;
class WindowAppearance;

// The desktop window. It is handed the server, its log and the settings; it owns none of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Result, SequenceDiagram, RequestLog, OriginInspector, FrameworkComparison };

    // demo may be null: then the real-browser demo is not offered until it is set.
    MainWindow(PlaygroundServer *server, RequestLog *log, QSettings *settings,
               DemoPageServer *demo = nullptr, LanguageSwitcher *languages = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PolicyController *policyController() const { return m_controller; }
    RequestComposer *composer() const;
    // Offers the real-browser demo page; set once, when its server is running.
    void setDemoPageServer(DemoPageServer *demo);
    void showTab(Tab tab);
    // Sends the composed request to the four libraries and shows their answers side by side.
    void compareFrameworks();
    // Applies the policy forms' edits, then runs the request in the simulated browser; the
    // result arrives later.
    void sendRequest(const FetchRequest &request);
    // Puts a scenario's policy on the server and its request in the composer, and clears the
    // previous result so it never shows under the new lesson.
    void loadScenario(const Scenario &scenario);
    // Text size in percent of normal; Ctrl+= and Ctrl+- step it by 10.
    void setZoom(int percent);
    int zoom() const;
    void setHighContrast(bool enabled);
    // The side panes can be hidden to give the results the room, on a projector.
    void setPolicyPaneVisible(bool visible);
    void setComposerVisible(bool visible);
    // Predict mode: the verdict stays hidden until the class has guessed and Reveal is pressed.
    // Keeps the menu's check mark in step.
    void setPredictMode(bool enabled);
    bool isPredictMode() const;

Q_SIGNALS:
    void frameworksCompared();
    void simulationFinished(const SimulationResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectActions();
    void buildZoomMenu();
    void adaptSplitters();
    void showGettingStarted();
    void updateLessonState();
    void updateServerStatus();
    void restoreSettings();
    void buildScenariosMenu();
    void buildLanguageMenu();
    void createFrameworkComparison();
    void openDiagnose();
    // Loads a diagnosis' policy and request into the forms and sends, so the error shows again.
    void reproduce(const Reproduction &reproduction);

    std::unique_ptr<Ui::MainWindow> m_ui;
    PlaygroundServer *m_server;
    QSettings *m_settings;
    PolicyController *m_controller;
    ServerPanel *m_serverPanel;
    QWidget *m_logPage;
    RequestLogView *m_logView = nullptr;
    OriginInspector *m_originInspector = nullptr;
    FrameworkComparisonView *m_frameworkComparison = nullptr;
    DiagnoseDialog *m_diagnose = nullptr;
    BrowserSimulator *m_simulator;
    QLabel *m_serverStatusLabel;
    DemoPageServer *m_demo = nullptr;
    LanguageSwitcher *m_languages;
    QMenu *m_languageMenu = nullptr;
    SimulationResult m_lastResult;
    WindowAppearance *m_appearance;
    HelpMenu *m_help;
    ScenarioLibrary m_scenarios;
    std::optional<Scenario> m_scenario;
    QList<QPair<QAction *, int>> m_zoomPresetActions;
    bool m_answerHidden = false;
    bool m_splittersRestored = false;
    bool m_splittersAdapted = false;
};
