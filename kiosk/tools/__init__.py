"""The core's tools around the running kiosk, without Qt: the records' and the report's
benchmarks (`kiosk bench --only records|reports`), with the generated people and sessions
that the tests use too. Nothing the kiosk runs imports them."""
