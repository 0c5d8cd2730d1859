"""The bench side of sync: push the outbox to the hub, pull returns and policy. Qt-free.

Every step is split by what it waits on, so the window can run database steps on its database lane and network
steps on its network lane (`ui/sync/sync_status.py`), while `inspector sync --once` simply runs them in a row:

    prepare_push (database) -> HubClient.push (network) -> apply_acks (database)
    HubClient.pull_returns (network) -> store_returns (database);  HubClient.pull_policy + store_policy (files)
"""
