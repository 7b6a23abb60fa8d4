"""The 自评表 in any form: cells, the 资金 row, indicator rows, totals and grade."""
