"""A commune report shown and printed: its tables in words, its bar charts, its PDF.

- The tables themselves are built without Qt, once for every output, in
  kiosk/reports/tables.py (`report_tables`, `file_tables`); the period helpers are in
  kiosk/reports/periods.py.
- `charts.month_chart(...)`, `charts.app_chart(...)`, `charts.paint_chart(painter, rect, chart,
  style)`, `charts.ChartView`: bar charts drawn with QPainter, on a widget or on a page.
- `pdf.write_report_pdf(report, out, language)`: the printable A4 report;
  `pdf.time_report_pdf(report)` its speed in ms (bench figure `report_pdf_ms`).
- `exporter.Exporter`: CSV, XLSX, PDF and printing off the GUI thread, to a USB stick when
  one is mounted.
"""
