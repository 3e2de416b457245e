import sys

from pledgecard.cli import main

sys.exit(main())
