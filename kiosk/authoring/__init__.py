"""Authoring of the bundled lesson library: a drawing kit, the lesson sources (both languages
in one file per lesson) and the builder that writes `lessons/vi` and `lessons/en`."""
