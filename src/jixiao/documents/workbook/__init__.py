"""The workbook a clerk fills (填报模板): writing it from a framework, and reading it back.

A value travels one way: ``scan`` checks the package and each sheet's extent, ``grid``
loads a sheet once, ``cells`` reads a cell into a number, answer or text with findings,
``tables`` and ``projects`` assemble the free tables, and ``reader`` assembles the
submission. ``template``, ``sheets``, ``styles``, ``guide`` and ``examples`` write the
workbook; ``layout`` is where both sides agree on sheets, rows and columns; ``carry``
brings last year's file forward.
"""
