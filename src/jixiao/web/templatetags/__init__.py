"""Template filters of the jixiao site."""
