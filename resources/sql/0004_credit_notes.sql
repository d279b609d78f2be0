-- PrepayDesk schema 4: what the carrier says about the credit it made (an STS token's rounding,
-- key change tokens to enter first), printed on the receipt.
ALTER TABLE vends ADD COLUMN credit_note TEXT NOT NULL DEFAULT '';
