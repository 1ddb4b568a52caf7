"""Accounts: roles and what each may do, passwords, the audit trail, masking of identifiers."""
