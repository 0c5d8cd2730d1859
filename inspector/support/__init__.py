"""Support: crash reports, `inspector doctor` and `inspector support-bundle`, with secrets removed."""
