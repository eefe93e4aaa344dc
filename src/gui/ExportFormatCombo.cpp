#include "gui/ExportFormatCombo.h"

#include "core/export/PolicyExport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormatCombo)
};

QString title(PolicyExport::Format format)
{
    switch (format) {
    case PolicyExport::Format::FastApi:
        return Text::tr("FastAPI (CORSMiddleware)");
    case PolicyExport::Format::Flask:
        return Text::tr("Flask (Flask-CORS)");
    case PolicyExport::Format::Express:
        return Text::tr("Express (cors)");
    case PolicyExport::Format::Nginx:
        return Text::tr("nginx (add_header)");
    case PolicyExport::Format::Headers:
        return Text::tr("Header lines");
    case PolicyExport::Format::Django:
        break;
    }
    return Text::tr("Django (django-cors-headers)");
}

} // namespace

namespace ExportFormatCombo {

void fill(QComboBox *combo)
{
    const int chosen = combo->currentIndex();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (qsizetype index = 0; index < PolicyExport::formatNames().size(); ++index)
        combo->addItem(title(PolicyExport::Format(index)));
    combo->setCurrentIndex(chosen < 0 ? 0 : chosen);
}

} // namespace ExportFormatCombo
