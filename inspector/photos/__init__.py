"""Damage photos without Qt: turning frames and files into clean JPEGs (`imaging`) and keeping them (`store`)."""
