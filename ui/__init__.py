"""The Qt side of the kiosk: widgets, screens and the services that run them."""

from ui import pyside_import

pyside_import.install()  # before the first of ui's modules is imported: see its docstring
