"""The county/HQ server (`branchdesk-hq`): receives every branch's changes, sends down what HQ owns.

It shares `branchdesk.sync.protocol` with the branch app and nothing else of it.
"""
