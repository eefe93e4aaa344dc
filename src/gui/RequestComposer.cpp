#include "gui/RequestComposer.h"

#include "core/browser/LocalNetworkAccessText.h"
#include "core/browser/RequestPreparation.h"
#include "core/http/HttpSyntax.h"
#include "gui/TextLines.h"
#include "ui_RequestComposer.h"

#include <QShortcut>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaximumRecentOrigins = 10;

// The address-space combos: the first item leaves the space unset, then AddressSpaces::all().
std::optional<AddressSpace> spaceAt(int index)
{
    if (index <= 0)
        return std::nullopt;
    return AddressSpaces::all().value(index - 1);
}

int indexOf(const std::optional<AddressSpace> &space)
{
    return space ? int(AddressSpaces::all().indexOf(*space)) + 1 : 0;
}
} // namespace

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestComposer>())
{
    m_ui->setupUi(this);
    const QList<FetchRequest::Initiator> initiators = FetchRequest::initiators();
    for (int index = 0; index < initiators.size(); ++index)
        m_ui->initiatorCombo->setItemData(index, FetchRequest::initiatorName(initiators.at(index)));
    m_ui->credentialsCombo->setCurrentIndex(1);
    m_ui->originCombo->setCurrentText(u"http://localhost:3000"_s);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &RequestComposer::send);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &RequestComposer::send);
    }
    connect(m_ui->bodyCheck, &QCheckBox::toggled, m_ui->bodyEdit, &QWidget::setEnabled);
    updateBodyHeight();
    const auto update = [this] { updatePreview(); };
    connect(m_ui->originCombo, &QComboBox::currentTextChanged, this, update);
    connect(m_ui->targetEdit, &QLineEdit::textChanged, this, update);
    connect(m_ui->methodCombo, &QComboBox::currentTextChanged, this, update);
    connect(m_ui->credentialsCombo, &QComboBox::currentIndexChanged, this, update);
    connect(m_ui->requestModeCombo, &QComboBox::currentIndexChanged, this, update);
    connect(m_ui->initiatorCombo, &QComboBox::currentIndexChanged, this, update);
    connect(m_ui->crossOriginCombo, &QComboBox::currentIndexChanged, this, update);
    connect(m_ui->uploadListenerCheck, &QCheckBox::toggled, this, update);
    for (QComboBox *combo : {m_ui->pageAddressSpaceCombo, m_ui->serverAddressSpaceCombo,
                             m_ui->localNetworkPermissionCombo, m_ui->targetAddressSpaceCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, update);
    connect(m_ui->headersEditor, &HeaderTableEditor::edited, this, update);
    connect(m_ui->bodyCheck, &QCheckBox::toggled, this, update);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, update);
    updatePreview();
}

RequestComposer::~RequestComposer() = default;

void RequestComposer::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    updatePreview();
}

FetchRequest RequestComposer::request() const
{
    FetchRequest request;
    request.pageOrigin = m_ui->originCombo->currentText().trimmed();
    const QString target = m_ui->targetEdit->text().trimmed();
    request.url = target.startsWith(u'/') ? m_serverUrl.resolved(QUrl(target))
                                          : QUrl(target, QUrl::StrictMode);
    request.method = m_ui->methodCombo->currentText().trimmed();
    request.headers = m_ui->headersEditor->headers();
    if (m_ui->bodyCheck->isChecked())
        request.body = m_ui->bodyEdit->toPlainText().toUtf8();
    request.cookies = m_ui->cookiesEdit->text().trimmed().toLatin1();
    FetchRequest::parseCredentials(m_ui->credentialsCombo->currentText(), &request.credentials);
    FetchRequest::parseMode(m_ui->requestModeCombo->currentText(), &request.mode);
    FetchRequest::parseInitiator(m_ui->initiatorCombo->currentData().toString(),
                                 &request.initiator);
    request.crossOrigin = FetchRequest::CrossOrigin(m_ui->crossOriginCombo->currentIndex());
    request.uploadListener = m_ui->uploadListenerCheck->isChecked();
    request.pageAddressSpace = spaceAt(m_ui->pageAddressSpaceCombo->currentIndex());
    request.serverAddressSpace = spaceAt(m_ui->serverAddressSpaceCombo->currentIndex());
    request.targetAddressSpace = spaceAt(m_ui->targetAddressSpaceCombo->currentIndex());
    request.localNetworkPermission
        = FetchRequest::permissions().value(m_ui->localNetworkPermissionCombo->currentIndex());
    return request;
}

void RequestComposer::setRequest(const FetchRequest &request)
{
    m_ui->originCombo->setCurrentText(request.pageOrigin);
    const bool onServer = m_serverUrl.isValid()
        && request.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery) == m_serverUrl;
    m_ui->targetEdit->setText(onServer ? request.url.path() : request.url.toString());
    m_ui->methodCombo->setCurrentText(request.method);
    m_ui->headersEditor->setHeaders(request.headers);
    m_ui->bodyCheck->setChecked(!request.body.isNull());
    if (!request.body.isNull())
        m_ui->bodyEdit->setPlainText(QString::fromUtf8(request.body));
    m_ui->cookiesEdit->setText(QString::fromLatin1(request.cookies));
    m_ui->credentialsCombo->setCurrentText(FetchRequest::credentialsName(request.credentials));
    m_ui->requestModeCombo->setCurrentText(FetchRequest::modeName(request.mode));
    m_ui->initiatorCombo->setCurrentIndex(
        m_ui->initiatorCombo->findData(FetchRequest::initiatorName(request.initiator)));
    m_ui->crossOriginCombo->setCurrentIndex(int(request.crossOrigin));
    m_ui->uploadListenerCheck->setChecked(request.uploadListener);
    m_ui->pageAddressSpaceCombo->setCurrentIndex(indexOf(request.pageAddressSpace));
    m_ui->serverAddressSpaceCombo->setCurrentIndex(indexOf(request.serverAddressSpace));
    m_ui->targetAddressSpaceCombo->setCurrentIndex(indexOf(request.targetAddressSpace));
    m_ui->localNetworkPermissionCombo->setCurrentIndex(
        int(FetchRequest::permissions().indexOf(request.localNetworkPermission)));
    updatePreview();
}

QStringList RequestComposer::recentOrigins() const
{
    QStringList origins;
    for (int index = 0; index < m_ui->originCombo->count(); ++index)
        origins.append(m_ui->originCombo->itemText(index));
    return origins;
}

void RequestComposer::setRecentOrigins(const QStringList &origins)
{
    if (origins.isEmpty())
        return;
    const QString current = m_ui->originCombo->currentText();
    m_ui->originCombo->clear();
    m_ui->originCombo->addItems(origins.mid(0, MaximumRecentOrigins));
    m_ui->originCombo->setCurrentText(current);
}

void RequestComposer::send()
{
    updatePreview();
    if (!m_ui->sendButton->isEnabled())
        return;
    const FetchRequest fetch = request();
    rememberOrigin(fetch.pageOrigin);
    Q_EMIT sendRequested(fetch);
}

void RequestComposer::rememberOrigin(const QString &origin)
{
    QStringList origins = recentOrigins();
    origins.removeAll(origin);
    origins.prepend(origin);
    setRecentOrigins(origins);
}

void RequestComposer::updateInitiatorFields(FetchRequest::Initiator initiator)
{
    // Each initiator takes only what its page code can say: a font or an element is a GET with
    // the browser's own headers, and only fetch() has a mode.
    const bool script = initiator == FetchRequest::Initiator::Fetch
        || initiator == FetchRequest::Initiator::XmlHttpRequest;
    const QList<QWidget *> scriptFields{m_ui->methodCombo, m_ui->credentialsCombo,
                                        m_ui->headersEditor, m_ui->bodyCheck};
    for (QWidget *field : scriptFields)
        field->setEnabled(script);
    m_ui->bodyEdit->setEnabled(script && m_ui->bodyCheck->isChecked());
    m_ui->requestModeCombo->setEnabled(initiator == FetchRequest::Initiator::Fetch);
    m_ui->crossOriginCombo->setEnabled(FetchRequest::isElement(initiator));
    m_ui->uploadListenerCheck->setEnabled(initiator == FetchRequest::Initiator::XmlHttpRequest);
    m_ui->targetAddressSpaceCombo->setEnabled(initiator == FetchRequest::Initiator::Fetch);
}

void RequestComposer::updatePreview()
{
    Q_EMIT requestChanged();
    const FetchRequest fetch = request();
    updateInitiatorFields(fetch.initiator);
    QString problem;
    const QString originProblem = HttpSyntax::originProblem(fetch.pageOrigin);
    if (!originProblem.isEmpty() || fetch.pageOrigin == u"*")
        problem = tr("Page origin: %1")
                      .arg(fetch.pageOrigin == u"*" ? tr("\"*\" is not an origin a page can have.")
                                                    : originProblem);
    else if (m_ui->targetEdit->text().trimmed().startsWith(u'/') && !m_serverUrl.isValid())
        problem = tr("The playground's server is stopped: start it (Ctrl+R) to send to %1.")
                      .arg(m_ui->targetEdit->text().trimmed());
    else if (!fetch.url.isValid()
             || (fetch.url.scheme() != u"http" && fetch.url.scheme() != u"https")
             || fetch.url.host().isEmpty())
        problem = tr("Target: enter a path such as /api/data or an http(s):// URL.");
    else if (!HttpSyntax::methodProblem(fetch.method).isEmpty() || fetch.method == u"*")
        problem = tr("Method: %1").arg(HttpSyntax::methodProblem(fetch.method));

    m_ui->sendButton->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_ui->previewLabel->setText(tr("Cannot send. %1").arg(problem));
        return;
    }
    const RequestPreview preview = RequestPreview::of(fetch);
    const QString localNetwork = LocalNetworkAccessText::preview(LocalNetworkAccess::check(fetch));
    m_ui->previewLabel->setText(localNetwork.isEmpty() ? preview.summary
                                                       : preview.summary + u'\n' + localNetwork);
    m_ui->previewLabel->setToolTip(preview.reasons.join(u'\n'));
}

void RequestComposer::updateBodyHeight()
{
    // A few lines at any zoom; longer bodies scroll.
    m_ui->bodyEdit->setMaximumHeight(TextLines::heightOf(m_ui->bodyEdit, 3));
}

void RequestComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateBodyHeight();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updatePreview();
    }
    QWidget::changeEvent(event);
}
