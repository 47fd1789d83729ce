#!/usr/bin/env python3
"""Reference values for the SDK's exact tests and intervals (samarbejdsmodel-core, outcome.stats).

Writes reference.csv beside this script. Every value is computed independently of the SDK:
  sign     exact rational arithmetic (fractions.Fraction, math.comb): p = min(1, 2 P(X <= min(k, n-k))) for a
           two-sided test, P(X <= k) for LESS, P(X >= k) for GREATER, X ~ Binomial(n, 1/2); cross-checked
           against scipy.stats.binomtest.
  wilson   scipy.stats.binomtest(k, n).proportion_ci(0.95, method="wilson"); cross-checked against the closed
           formula with scipy.stats.norm.ppf(0.975).
  wilcoxon W+ and the null variance sum(r^2)/4 from scipy.stats.rankdata; p-values from
           scipy.stats.wilcoxon (method="asymptotic", correction False/True; method="exact" without zeros) and,
           for the exact distribution with zeros (Pratt) or n <= 20, by enumerating all 2^n sign patterns.
Run:  python3 make_reference.py      (SciPy 1.17.1 was used; the output is deterministic)
"""
import csv
import itertools
import math
import os
import random
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []


def g(x):
    return 'nan' if x is None or (isinstance(x, float) and math.isnan(x)) else repr(float(x))


# ---------------------------------------------------------------- sign test
def lower_tail(m, n):
    c, total = 1, 1  # C(n, 0)
    for i in range(1, m + 1):
        c = c * (n - i + 1) // i
        total += c
    return Fraction(total, 2 ** n)


def sign_p(k, n, alt):
    if alt == 'LESS':
        return lower_tail(k, n)
    if alt == 'GREATER':
        return lower_tail(n - k, n)
    m = min(k, n - k)
    return min(Fraction(1), 2 * lower_tail(m, n))


sign_cases = set()
for n in list(range(1, 31)) + [54, 100, 399, 400]:
    for k in range(0, n + 1):
        sign_cases.add((k, n))
sign_cases |= {(1000, 2100), (12000, 25000), (24000, 25000), (20500, 40001)}
for k, n in sorted(sign_cases, key=lambda x: (x[1], x[0])):
    alts = ['TWO_SIDED'] if n > 30 and n not in (54, 19) and n < 1000 else ['TWO_SIDED', 'LESS', 'GREATER']
    for alt in alts:
        p = sign_p(k, n, alt)
        if n <= 400:
            sp = stats.binomtest(k, n, 0.5, alternative={'TWO_SIDED': 'two-sided', 'LESS': 'less',
                                                           'GREATER': 'greater'}[alt]).pvalue
            assert abs(sp - float(p)) <= 1e-9 * float(p), (k, n, alt, sp, float(p))
        rows.append(dict(kind='sign', case='k=%d n=%d' % (k, n), k=k, n=n, alternative=alt, p=g(float(p))))

# ---------------------------------------------------------------- Wilson interval
wilson_cases = [(0, 1), (1, 1), (0, 10), (10, 10), (1, 10), (44, 71), (5, 19), (114, 180), (50, 100), (3, 7),
                (999, 1000), (1, 1000000), (26, 54), (2, 5), (160, 180), (0, 400), (17, 22)]
z = stats.norm.ppf(0.975)
for k, n in wilson_cases:
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson')
    p = k / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    lo, hi = (c - h) / (1 + z * z / n), (c + h) / (1 + z * z / n)
    assert abs(lo - ci.low) <= 1e-12 + 1e-9 * abs(lo) and abs(hi - ci.high) <= 1e-9 * hi, (k, n)
    rows.append(dict(kind='wilson', case='k=%d n=%d' % (k, n), k=k, n=n, lower=g(ci.low), upper=g(ci.high)))

# ---------------------------------------------------------------- Wilcoxon signed-rank
rnd = random.Random(2016)


def distinct(n):
    v = list(range(1, n + 1))
    rnd.shuffle(v)
    return [x if rnd.random() < 0.6 else -x for x in v]


wcases = {
    'eight untied': [1, 2, -3, 4, 5, 6, -7, 8],
    'twenty untied': distinct(20),
    'forty-nine untied': distinct(49),
    'fifty untied': distinct(50),
    'ties no zeros': [1, 1, -1, 2, 2, -2, 3, 3, 3, -4, 5, 5],
    'zeros and ties': [0, 0, 1, -1, 2, 2, -2, 3, 0, 4, -4, 4],
    'pratt example': [0, 0, 0, 0, -1, -1, 2, -2, -2, -2, -2, -2],
    'pratt untied': [0, 0, 0, 1, -2, 3, 4, -5, 6, 7],
    'all zero': [0, 0, 0, 0],
    'one non-zero': [0, 3],
    'three hundred with ties': [rnd.randint(-3, 4) for _ in range(300)],
    'decimals': [0.5, -1.25, 2.75, 3.5, -0.25, 4.0, 1.5],
}
ALT = {'TWO_SIDED': 'two-sided', 'GREATER': 'greater', 'LESS': 'less'}


def ranks(d, zero_method):
    d = np.asarray(d, dtype=float)
    if zero_method == 'WILCOX':
        d = d[d != 0]
    r = stats.rankdata(np.abs(d))
    nz = d != 0
    return d[nz], r[nz]


_sums = {}


def enumerate_exact(d, r, alt):
    # all 2^n sign patterns of the non-zero ranks are equally likely under the null hypothesis; ranks are
    # doubled to integers so the comparison with W+ is exact
    r2 = np.rint(2 * r).astype(np.int64)
    w2 = int(np.sum(r2[d > 0]))
    key = tuple(r2)
    if key not in _sums:
        n = len(r2)
        bits = ((np.arange(2 ** n)[:, None] >> np.arange(n)[None, :]) & 1).astype(np.int64)
        _sums[key] = bits @ r2
    sums = _sums[key]
    total = len(sums)
    le = Fraction(int(np.count_nonzero(sums <= w2)), total)
    ge = Fraction(int(np.count_nonzero(sums >= w2)), total)
    if alt == 'LESS':
        return float(le)
    if alt == 'GREATER':
        return float(ge)
    return float(min(Fraction(1), 2 * min(le, ge)))

for name, data in wcases.items():
    for zm in ('WILCOX', 'PRATT'):
        d, r = ranks(data, zm)
        nz = len(d)
        zeros = sum(1 for x in data if x == 0)
        w = float(np.sum(r[d > 0])) if nz else float('nan')
        var = float(np.sum(r * r) / 4) if nz else 0.0
        ties = nz > 0 and len(set(np.abs(d))) < nz
        for alt in ('TWO_SIDED', 'GREATER', 'LESS'):
            methods = ['NORMAL', 'NORMAL_CORRECTED', 'AUTO']
            if not ties:
                methods.append('EXACT')
            for m in methods:
                used = m
                if m == 'AUTO':
                    used = 'EXACT' if nz < 50 and not ties and zeros == 0 else 'NORMAL_CORRECTED'
                if nz == 0:
                    p = float('nan')
                elif used == 'EXACT':
                    if nz <= 20:
                        p = enumerate_exact(d, r, alt)
                        if zeros == 0 or zm == 'WILCOX':
                            sp = stats.wilcoxon(d, method='exact', alternative=ALT[alt]).pvalue
                            assert abs(sp - p) <= 1e-9 * p, (name, zm, alt, sp, p)
                    else:
                        assert zeros == 0 or zm == 'WILCOX'
                        p = float(stats.wilcoxon(d, method='exact', alternative=ALT[alt]).pvalue)
                else:
                    p = float(stats.wilcoxon(data, zero_method=zm.lower(), correction=(used == 'NORMAL_CORRECTED'),
                                             method='asymptotic', alternative=ALT[alt]).pvalue)
                rows.append(dict(kind='wilcoxon', case=name, data=' '.join(repr(x) for x in data), zero_method=zm,
                                 method=m, method_used=used if nz else '', alternative=alt, statistic=g(w),
                                 variance=g(var), p=g(p)))

cols = ['kind', 'case', 'k', 'n', 'alternative', 'data', 'zero_method', 'method', 'method_used', 'statistic',
        'variance', 'p', 'lower', 'upper']
with open(os.path.join(HERE, 'reference.csv'), 'w', newline='') as f:
    f.write('# written by make_reference.py with SciPy %s; do not edit by hand\n' % scipy.__version__)
    wr = csv.DictWriter(f, fieldnames=cols, lineterminator='\n')
    wr.writeheader()
    for row in rows:
        wr.writerow(row)
print('wrote %d rows' % len(rows))
