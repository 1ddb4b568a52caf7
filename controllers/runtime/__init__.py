"""What every use case runs on: the application context, actions and permissions, one session per
action, the task runner, the change feed, the connection watch, settings, logging."""
