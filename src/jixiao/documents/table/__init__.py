"""The 自评表 jixiao writes: the grid ``layout``, its ``cells``, the ``blocks`` top to
bottom, and the ``writer`` that puts them into an .xlsx."""
