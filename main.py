"""Start the inspection bench (the same as the `inspector` console command with no arguments)."""
import sys

from inspector.cli.main import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["run"]))
