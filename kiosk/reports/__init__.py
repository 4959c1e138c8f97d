"""Reports for the commune: the campaign's figures, and their exports (no Qt here)."""
