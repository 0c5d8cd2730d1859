"""Every write is a use case: `f(command, uow)`, committing once or rolling back."""
