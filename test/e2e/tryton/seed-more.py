"""Adds customer invoices to the Tryton that ../shared/tryton/setup.sh seeded, so its list needs
paging: sao draws 20 rows, then a "More" row. Setup seeds 16; this brings it to 33, with two new
customers, a two-instalment payment term (one instalment overdue, one not), an invoice due today,
paid and part-paid ones and a cancelled draft. Then it creates the dunnings for every overdue line,
as an accountant would before chasing.

Runs in-process like setup.sh (same trytond.conf; the running server only reads these rows) and
with /usr/bin/python3 for the same reason: another python3 on PATH may lack Tryton's libraries.
Idempotent: does nothing when the database already holds 30 customer invoices or more.

    CONF=/tmp/owed-tryton/trytond.conf DB=invoices /usr/bin/python3 test/e2e/tryton/seed-more.py
"""
import datetime
import os
from decimal import Decimal

from proteus import Model, Wizard, config
from trytond.exceptions import UserWarning as TrytonWarning

TARGET = 30
cfg = config.set_trytond(os.environ.get('DB', 'invoices'), config_file=os.environ['CONF'])
cfg._context = Model.get('res.user').get_preferences(True, {})
today = datetime.date.today()
D = datetime.timedelta

Invoice = Model.get('account.invoice')
if len(Invoice.find([('type', '=', 'out')])) >= TARGET:
    print('seed-more: already %d customer invoices' % len(Invoice.find([('type', '=', 'out')])))
    raise SystemExit(0)


def ack(fn, *args):
    "Call fn; accept a Tryton user warning like the UI would ('payment date in the past'...) and retry"
    for _ in range(5):
        try:
            return fn(*args)
        except TrytonWarning as w:
            Model.get('res.user.warning')(user=cfg.user, name=w.name, always=False).save()
    raise RuntimeError('too many warnings')


Party = Model.get('party.party')
Account = Model.get('account.account')
Term = Model.get('account.invoice.payment_term')
revenue, = Account.find([('type.revenue', '=', True)], limit=1)
tax, = Model.get('account.tax').find([('name', '=', 'VAT 10%')])
net30, = Term.find([('name', '=', 'Net 30 days')])
proc, = Model.get('account.dunning.procedure').find([], limit=1)
cash, = Model.get('account.invoice.payment.method').find([], limit=1)

# Two instalments: half at 30 days, the rest at 60 (two lines to pay, two maturity dates).
split = Term(name='Half at 30 days, rest at 60 days')
first = split.lines.new(type='percent', ratio=Decimal('.5'), divisor=Decimal(2))
(first.relativedeltas[0] if first.relativedeltas else first.relativedeltas.new()).days = 30
rest = split.lines.new(type='remainder')
(rest.relativedeltas[0] if rest.relativedeltas else rest.relativedeltas.new()).days = 60
split.save()

for name, email, phone, street, city in [
        ('Soylent Foods', 'ap@soylent.example', '+1 555 0106', '1 Green Way', 'New York'),
        ('Tyrell Corporation', 'accounts@tyrell.example', '+1 555 0107', '2019 Offworld Blvd', 'Los Angeles')]:
    p = Party(name=name)
    p.addresses[0].street = street
    p.addresses[0].city = city
    p.contact_mechanisms.new(type='email', value=email)
    p.contact_mechanisms.new(type='phone', value=phone)
    p.customer_payment_term = net30
    p.dunning_procedure = proc
    p.save()
party = {p.name: p for p in Party.find([])}

# (customer, days ago, description, qty, unit price, paid, term)
# paid: None = unpaid, 'full', or a partial amount; term None = the customer's Net 30.
EXTRA = [
    ('Initech LLC', 125, 'Software licence', 1, 99, None, None),
    ('Stark Industries', 115, 'Repulsor tuning', 1, 999, 'full', None),
    ('Wayne Enterprises', 105, 'Armour plating', 1, 450, None, None),
    ('Soylent Foods', 100, 'Packaging run', 1, 2400, None, None),
    ('Globex Inc.', 95, 'Widgets', 50, Decimal('2.50'), None, None),
    ('Tyrell Corporation', 80, 'Replicant QA', 1, 5000, None, split),
    ('Soylent Foods', 70, 'Labels', 1, 640, Decimal('140'), None),
    ('Acme Corporation', 60, 'Consulting - August', 4, 150, 'full', None),
    ('Umbrella Health', 55, 'Lab supplies', 10, Decimal('12.75'), None, None),
    ('Tyrell Corporation', 45, 'Owl feed', 1, 1800, None, split),
    ('Initech LLC', 30, 'Support plan', 1, 250, None, None),  # due today
    ('Stark Industries', 25, 'Hardware', 1, 1200, None, None),
    ('Soylent Foods', 15, 'Labels', 1, 300, None, None),
    ('Wayne Enterprises', 12, 'Training day', 1, 800, None, None),
    ('Acme Corporation', 10, 'Consulting - October', 2, 150, None, None),
    ('Umbrella Health', 3, 'Lab supplies', 4, Decimal('12.75'), None, None),
]
for cust, days, desc, qty, price, paid, term in EXTRA:
    # Booked today though dated earlier: Tryton numbers customer invoices in accounting-date order
    # and setup.sh already numbered one dated 5 days ago. Due dates still run from invoice_date.
    inv = Invoice(type='out', party=party[cust], invoice_date=today - D(days=days), accounting_date=today)
    if term is not None:
        inv.payment_term = term
    line = inv.lines.new()
    line.account = revenue
    line.description = desc
    line.quantity = qty
    line.unit_price = Decimal(price)
    line.taxes.append(tax.__class__(tax.id))
    ack(inv.click, 'post')
    if paid:
        pay = Wizard('account.invoice.pay', [inv])
        pay.form.payment_method = cash
        pay.form.date = today
        if paid != 'full':
            pay.form.amount = paid
        ack(pay.execute, 'choice')
        if pay.state != 'end':
            pay.form.type = 'partial'
            ack(pay.execute, 'pay')

# A quote that was never sent: drawn greyed ('muted') in the list, owes nothing.
quote = Invoice(type='out', party=party['Globex Inc.'], payment_term=net30)
line = quote.lines.new()
line.account = revenue
line.description = 'Cancelled quote'
line.quantity = 1
line.unit_price = Decimal(750)
quote.save()
quote.click('cancel')

ack(Wizard('account.dunning.create').execute, 'create_')
print('seed-more: %d customer invoices, %d dunnings' % (
    len(Invoice.find([('type', '=', 'out')])), len(Model.get('account.dunning').find([]))))
