"""Seeded mutation fuzzing of the jixiao command line.

:mod:`.generate` builds the input families (workbooks, YAML/JSON submissions, review
inputs, output paths); :mod:`.oracle` runs the real CLI on each case in a temporary
folder and checks it. ``benchmarks/fuzz.py`` and ``test_fuzz_short.py`` drive both.
"""
