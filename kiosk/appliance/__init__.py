"""Running the kiosk like an appliance: telling systemd (or the kiosk's own supervisor) that it
is up and alive, the supervisor that restarts it, and knowing at start that the last run did
not end cleanly. Qt-free: ui/watchdog.py drives the heartbeat from the GUI thread."""
