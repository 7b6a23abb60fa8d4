"""Views: thin adapters (parse the request, call one service, render)."""
