#pragma once

class QTableView;

namespace coopdesk {

// The look of the report screens' tables: compact rows of one line,
// alternating colours, no row numbers, whole rows selected, read-only.
void applyReportTableStyle(QTableView* table);

} // namespace coopdesk
