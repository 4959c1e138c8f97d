"""The stable codes of support and session kinds (stored, exported, imported). Their labels
are in kiosk/records/model.py; this module is only the codes, cheap to import (the `kiosk`
command lists them in its help without loading the records' model)."""

from __future__ import annotations

SUPPORT_KIND_CODES: tuple[str, ...] = (
    *("install_vneid", "install_etax", "install_vssid", "install_ihanoi", "install_other"),
    *("vneid_activate", "vneid_recover", "vneid_change_device", "digital_signature"),
    *("dossier_online", "cashless_payment", "individual_support"),
)

SESSION_KIND_CODES: tuple[str, ...] = (
    "group",
    "mobile_point",
    "home_visit",
    "help_desk",
    "self_study",
)
