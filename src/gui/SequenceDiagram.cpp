#include "gui/SequenceDiagram.h"

#include "core/browser/CorsMessages.h"
#include "core/browser/LocalNetworkAccessText.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int RowHeight = 36;
constexpr int TopMargin = 58;

void addExchange(QList<SequenceDiagram::Step> &steps, const SimulatedExchange &exchange,
                 const QString &label)
{
    using Step = SequenceDiagram::Step;
    const QString path = exchange.request.url.path(QUrl::FullyEncoded);
    steps.append({Step::Kind::Request,
                  QString::fromLatin1(exchange.request.method) + u' ' + path + label, true});
    if (exchange.response) {
        bool passed = true;
        for (const CorsCheck &check : exchange.checks)
            passed = passed && check.passed;
        steps.append({Step::Kind::Response,
                      QString::number(exchange.response->status) + u' '
                          + QString::fromLatin1(exchange.response->reasonPhrase),
                      passed});
    }
}

} // namespace

SequenceDiagram::SequenceDiagram(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(200);
}

QList<SequenceDiagram::Step> SequenceDiagram::stepsFor(const SimulationResult &result)
{
    QList<Step> steps;
    const QString permission = LocalNetworkAccessText::diagramLabel(result.localNetworkAccess);
    const Step permissionStep{Step::Kind::Permission,
                              tr("Local Network Access: %1").arg(permission),
                              !result.localNetworkAccess.refuses()};
    // Before any request, unless it was a redirect's next hop that was refused.
    const bool onRedirect = result.localNetworkAccess.refuses() && !result.redirects.isEmpty();
    if (!permission.isEmpty() && !onRedirect)
        steps.append(permissionStep);
    if (result.preflight) {
        if (result.preflight->fromCache)
            steps.append(
                {Step::Kind::Note, tr("preflight taken from the cache: no OPTIONS sent"), true});
        else
            addExchange(steps, *result.preflight, tr(" (preflight)"));
    }
    for (const SimulatedExchange &hop : result.redirects)
        addExchange(steps, hop, tr(" (redirected)"));
    if (result.actual)
        addExchange(steps, *result.actual, QString());
    if (!permission.isEmpty() && onRedirect)
        steps.append(permissionStep);
    if (result.allowed)
        steps.append({Step::Kind::Verdict, tr("ALLOWED: JavaScript gets the response"), true});
    else
        steps.append(
            {Step::Kind::Verdict,
             tr("BLOCKED: %1")
                 .arg(result.failure ? CorsMessages::kindName(result.failure->kind) : QString()),
             false});
    return steps;
}

void SequenceDiagram::showResult(const SimulationResult &result)
{
    m_steps = stepsFor(result);
    m_browser = tr("Browser") + u'\n' + result.origin;
    m_server = tr("Server") + u'\n' + result.url.authority();
    updateGeometry();
    update();
}

void SequenceDiagram::clear()
{
    m_steps.clear();
    update();
}

QSize SequenceDiagram::sizeHint() const
{
    return {520, TopMargin + int(m_steps.size()) * RowHeight + 30};
}

void SequenceDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_steps.isEmpty()) {
        painter.setPen(palette().text().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("Send a request to draw its exchange."));
        return;
    }
    const int left = width() / 6;
    const int right = width() - width() / 6;
    const int bottom = TopMargin + int(m_steps.size()) * RowHeight;
    const QColor text = palette().text().color();
    // Pass and fail are told by a word and a line style as well as by colour.
    const QColor passColour(0x1b, 0x7f, 0x3b);
    const QColor failColour(0xb0, 0x00, 0x20);

    painter.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    // Each heading gets the width beside its lifeline, so a long origin fits at any zoom.
    const QRect browserHeading(4, 4, 2 * left - 8, 48);
    const QRect serverHeading(2 * right - width() + 4, 4, 2 * (width() - right) - 8, 48);
    const auto fitted = [&bold](const QString &heading, int width) {
        QStringList lines = heading.split(u'\n');
        for (QString &line : lines)
            line = QFontMetrics(bold).elidedText(line, Qt::ElideMiddle, width);
        return lines.join(u'\n');
    };
    painter.drawText(browserHeading, Qt::AlignCenter, fitted(m_browser, browserHeading.width()));
    painter.drawText(serverHeading, Qt::AlignCenter, fitted(m_server, serverHeading.width()));
    painter.setFont(font());
    painter.setPen(QPen(text, 1, Qt::DashLine));
    painter.drawLine(left, 54, left, bottom);
    painter.drawLine(right, 54, right, bottom);

    int y = TopMargin + RowHeight / 2;
    for (const Step &step : std::as_const(m_steps)) {
        const QColor colour = step.passed ? text : failColour;
        switch (step.kind) {
        case Step::Kind::Request:
        case Step::Kind::Response: {
            const bool toServer = step.kind == Step::Kind::Request;
            const int from = toServer ? left : right;
            const int to = toServer ? right : left;
            painter.setPen(QPen(colour, 2, step.passed ? Qt::SolidLine : Qt::DashDotLine));
            painter.drawLine(from, y, to, y);
            const int direction = toServer ? -1 : 1;
            QPainterPath head;
            head.moveTo(to, y);
            head.lineTo(to + direction * 10, y - 5);
            head.lineTo(to + direction * 10, y + 5);
            head.closeSubpath();
            painter.fillPath(head, colour);
            const QString label
                = step.passed || toServer ? step.text : step.text + tr("  (check FAILED)");
            painter.drawText(QRect(left + 8, y - 22, right - left - 16, 20), Qt::AlignCenter,
                             label);
            break;
        }
        case Step::Kind::Permission: {
            // At the browser's own lifeline: nothing has gone to the server yet.
            painter.setPen(QPen(colour, 2, step.passed ? Qt::SolidLine : Qt::DashDotLine));
            const QRect box(left - 60, y - 14, right - left + 120, 28);
            painter.fillRect(box, palette().alternateBase());
            painter.drawRect(box);
            painter.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                             (step.passed ? u"\u2714 "_s : u"\u2716 "_s) + step.text);
            break;
        }
        case Step::Kind::Note:
            painter.setPen(QPen(text, 1, Qt::DotLine));
            painter.drawRect(QRect(left - 60, y - 14, 2 * 60 + (right - left) / 2, 28));
            painter.drawText(QRect(left - 56, y - 14, 2 * 56 + (right - left) / 2, 28),
                             Qt::AlignCenter, step.text);
            break;
        case Step::Kind::Verdict: {
            const QColor verdictColour = step.passed ? passColour : failColour;
            painter.setPen(QPen(verdictColour, 2));
            const QRect box(left - 60, y - 16, right - left + 120, 32);
            painter.drawRect(box);
            painter.drawText(box, Qt::AlignCenter,
                             (step.passed ? u"\u2714 "_s : u"\u2716 "_s) + step.text);
            break;
        }
        }
        y += RowHeight;
    }
}
