#include "MainWindow.h"

#include "PlaygroundServer.h"
#include "ui_MainWindow.h"

MainWindow::MainWindow(PlaygroundServer *server, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_server(server)
{
    m_ui->setupUi(this);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_server, &PlaygroundServer::listeningChanged, this, &MainWindow::updateServerStatus);
    updateServerStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::updateServerStatus()
{
    const QString text = m_server->isListening()
        ? tr("CORS server listening on %1").arg(m_server->baseUrl().toString())
        : tr("CORS server stopped");
    m_ui->serverStatusLabel->setText(text);
    m_ui->statusBar->showMessage(text);
}
