"""Reading a card: a USB scanner typing like a keyboard (wedge.py) or the webcam."""
