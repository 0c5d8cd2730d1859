"""Command line for support, testing and batch work. Each command is a module with `register(subparsers)`."""
