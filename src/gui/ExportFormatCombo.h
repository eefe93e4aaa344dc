#pragma once

class QComboBox;

// The export formats as a combo box lists them, in PolicyExport's order (so an item's index is
// its PolicyExport::Format), for the Export and Diagnose dialogs. GUI thread only.
namespace ExportFormatCombo {

// Fills (or, after a language change, refills) the combo, keeping the chosen format.
void fill(QComboBox *combo);

} // namespace ExportFormatCombo
