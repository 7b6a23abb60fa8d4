"""The checks of a 复核, one family per module (listed in :mod:`jixiao.review.registry`)."""
